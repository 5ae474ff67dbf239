// @ts-check
/**
 * The simulator's computers: generated, not stored, each a pure function of its index so that every run
 * (and every page of a run) sees the same fleet. Fields and their forms follow Jamf's OpenAPI
 * (ComputersInventory*.yaml in Jamf-Concepts/jamf-cli) and a real v1 answer (a redacted
 * GET /api/v1/computers-inventory body kept in a Jamf integration's tests): ids are strings, times ISO
 * 8601 with milliseconds, absent values null. The v4 general section reports lastContact and lastCheckIn
 * where earlier versions have lastContactTime, and lastReportedIpV4 where they have lastReportedIp
 * (ComputerGeneralV4); v3 is taken to match v1 here (unconfirmed field by field).
 */
import { createHash } from 'node:crypto'

const MODELS = [
  ['MacBook Air (M1, 2020)', 'MacBookAir10,1', 'Apple M1', 'arm64', 8192],
  ['MacBook Pro (14-inch, 2023)', 'Mac14,5', 'Apple M2 Max', 'arm64', 32768],
  ['iMac (24-inch, 2023)', 'Mac15,4', 'Apple M3', 'arm64', 16384],
  ['Mac mini (2018)', 'Macmini8,1', 'Intel Core i7', 'x86_64', 16384],
  ['MacBook Pro (16-inch, 2019)', 'MacBookPro16,1', 'Intel Core i9', 'x86_64', 32768]
]
const SYSTEMS = [
  ['15.5', '24F74'],
  ['14.7.6', '23H626'],
  ['15.6', '24G84']
]
const PLACES = ['Lab', 'Studio', 'Office', 'Library', 'Kiosk', 'Design', 'Finance']
const PEOPLE = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Tim Berners-Lee']
const EPOCH = Date.parse('2026-01-05T08:00:00.000Z')
const DAY = 86_400_000

/** @param {string} hex @param {number} length */
const serialFrom = (hex, length) =>
  Array.from(
    { length },
    (_, i) => '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 34]
  ).join('')
/** A UUID-shaped string from 32 hex digits. @param {string} hex */
const uuid = hex =>
  [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20, 32)]
    .join('-')
    .toUpperCase()
/** @param {number} ms */
const instant = ms => new Date(ms).toISOString()

/**
 * The computer at `index` (0-based), with the sections the simulator models.
 * @param {number} index @param {1 | 3 | 4} version the computers-inventory version asked
 */
export function computer(index, version) {
  const hash = createHash('sha256').update(`computer-${index}`).digest('hex')
  const byte = (/** @type {number} */ at) => parseInt(hash.slice(at * 2, at * 2 + 2), 16)
  const [model, modelIdentifier, processorType, processorArchitecture, totalRamMegabytes] =
    MODELS[byte(0) % MODELS.length]
  const [osVersion, build] = SYSTEMS[byte(1) % SYSTEMS.length]
  const person = PEOPLE[byte(2) % PEOPLE.length]
  const username = person.toLowerCase().replace(/[^a-z]+/g, '.')
  const ip = `10.${byte(3)}.${byte(4)}.${byte(5) || 1}`
  const reported = EPOCH - (byte(6) % 30) * DAY - byte(7) * 60_000
  const enrolled = EPOCH - (200 + byte(8)) * DAY
  const checkIn = instant(reported + 3_600_000)
  const contactV4 = {
    lastCheckIn: checkIn,
    lastContact: checkIn,
    lastReportedIpV4: ip,
    lastReportedIpV6: null
  }
  const general = {
    name: `${PLACES[index % PLACES.length]}-Mac-${String(index + 1).padStart(4, '0')}`,
    lastIpAddress: `203.0.113.${(byte(9) % 254) + 1}`,
    ...(version === 4 ? {} : { lastReportedIp: ip }),
    jamfBinaryVersion: '11.16.0-t1741186536',
    platform: 'Mac',
    barcode1: null,
    barcode2: null,
    assetTag: `A${String(10_000 + index)}`,
    remoteManagement: { managed: true, managementUsername: 'jamfadmin' },
    supervised: byte(10) % 2 === 0,
    mdmCapable: { capable: true, capableUsers: [username] },
    reportDate: instant(reported),
    ...(version === 4 ? contactV4 : { lastContactTime: checkIn }),
    lastCloudBackupDate: null,
    lastEnrolledDate: instant(enrolled),
    mdmProfileExpiration: instant(enrolled + 730 * DAY),
    initialEntryDate: instant(enrolled).slice(0, 10),
    distributionPoint: null,
    site: { id: '-1', name: 'None' },
    itunesStoreAccountActive: false,
    enrolledViaAutomatedDeviceEnrollment: byte(11) % 3 !== 0,
    userApprovedMdm: true,
    enrollmentMethod: null,
    declarativeDeviceManagementEnabled: true,
    managementId: uuid(createHash('sha256').update(`management-${index}`).digest('hex')).toLowerCase(),
    extensionAttributes: []
  }
  return {
    id: String(index + 1),
    udid: uuid(hash),
    general,
    hardware: {
      make: 'Apple',
      model,
      modelIdentifier,
      serialNumber: `C02${serialFrom(hash.slice(24), 9)}`,
      processorType,
      processorArchitecture,
      macAddress: hash
        .slice(40, 52)
        .replace(/(..)(?!$)/g, '$1:')
        .toUpperCase(),
      totalRamMegabytes,
      appleSilicon: processorArchitecture === 'arm64',
      extensionAttributes: []
    },
    operatingSystem: {
      name: 'macOS',
      version: osVersion,
      build,
      supplementalBuildVersion: null,
      rapidSecurityResponse: null,
      activeDirectoryStatus: 'Not Bound',
      fileVault2Status: 'ALL_ENCRYPTED',
      extensionAttributes: []
    },
    userAndLocation: {
      username,
      realname: person,
      email: `${username}@example.com`,
      position: null,
      phone: null,
      departmentId: '-1',
      buildingId: '-1',
      room: null,
      extensionAttributes: []
    }
  }
}
