import { describe, expect, it } from '@jest/globals'
import { parseExpires } from '../src/jamf/client.js'

describe('parseExpires', () => {
  it.each([
    ['2022-01-24T21:35:20.373Z', '2022-01-24T21:35:20.373Z'],
    ['2022-01-24T21:35:20Z', '2022-01-24T21:35:20.000Z'],
    ['2022-01-24T21:35:20.373456789Z', '2022-01-24T21:35:20.373Z'],
    ['2022-01-24T21:35:20.3Z', '2022-01-24T21:35:20.300Z'],
    ['2022-01-24T21:35:20.373', '2022-01-24T21:35:20.373Z'],
    ['2022-01-24 21:35:20', '2022-01-24T21:35:20.000Z'],
    ['2022-01-24T23:35:20.373+02:00', '2022-01-24T21:35:20.373Z'],
    ['2022-01-24T16:35:20.373-0500', '2022-01-24T21:35:20.373Z'],
    [1643060120373, '2022-01-24T21:35:20.373Z']
  ])('reads %j', (value, expected) => {
    expect(parseExpires(value)?.toISOString()).toBe(expected)
  })

  it.each(['', 'tomorrow', '2022-13-45T99:99:99Z', null, -1, 9e15, {}])('refuses %j', value => {
    expect(parseExpires(value)).toBeUndefined()
  })
})
