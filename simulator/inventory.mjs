// @ts-check
/**
 * GET /api/v{1,3,4}/computers-inventory: the computers (computers.mjs) as a paged list (listing.mjs),
 * each with the sections asked for (`section`, repeatable, default GENERAL) and every other section null,
 * as a real v1 answer shows. Evidence: Jamf's OpenAPI (ComputersInventory.yaml, ComputersInventoryV3.yaml
 * in Jamf-Concepts/jamf-cli) and developer.jamf.com's changelog.
 * Which versions a server has: v1 on every version modelled (it is in the 10.32.0 changelog; deprecated
 * 2025-06-30 yet still answering on 11.31); v3 from 11.23.0 (the 11.23.0 "Additions" list every /v3
 * computers-inventory path: inferred to be when it arrived); v4 from 11.30.0 (11.30.0 Additions; v3
 * deprecated in its favour). v2 existed between them, but when it arrived is unknown and no workflow here
 * uses it, so this simulator has none (an HTML 404, never a guess). v1 also has the PLUGINS and FONTS
 * sections, which v3 and v4 dropped. Sections are upper case as the enum spells them; another spelling is
 * refused with 400 (unconfirmed, as is the code). Sections the simulator does not model come back empty.
 */
import { atLeast } from './profiles.mjs'
import { computer } from './computers.mjs'
import { fieldError } from './fields.mjs'
import { listPage } from './listing.mjs'

/** Every section's key, in the order a real answer has them; true for the sections that are lists. */
const SECTIONS = /** @type {const} */ ({
  GENERAL: ['general', false],
  DISK_ENCRYPTION: ['diskEncryption', false],
  LOCAL_USER_ACCOUNTS: ['localUserAccounts', true],
  PURCHASING: ['purchasing', false],
  PRINTERS: ['printers', true],
  STORAGE: ['storage', false],
  APPLICATIONS: ['applications', true],
  USER_AND_LOCATION: ['userAndLocation', false],
  CONFIGURATION_PROFILES: ['configurationProfiles', true],
  SERVICES: ['services', true],
  PLUGINS: ['plugins', true],
  HARDWARE: ['hardware', false],
  CERTIFICATES: ['certificates', true],
  ATTACHMENTS: ['attachments', true],
  PACKAGE_RECEIPTS: ['packageReceipts', false],
  FONTS: ['fonts', true],
  SECURITY: ['security', false],
  OPERATING_SYSTEM: ['operatingSystem', false],
  LICENSED_SOFTWARE: ['licensedSoftware', true],
  SOFTWARE_UPDATES: ['softwareUpdates', true],
  GROUP_MEMBERSHIPS: ['groupMemberships', true],
  EXTENSION_ATTRIBUTES: ['extensionAttributes', true],
  CONTENT_CACHING: ['contentCaching', false],
  IBEACONS: ['ibeacons', true]
})
/** @typedef {keyof typeof SECTIONS} Section */

const SHARED_SORT = [
  'id',
  'udid',
  'general.name',
  'general.assetTag',
  'general.reportDate',
  'general.platform'
]
  .concat(['hardware.make', 'hardware.model', 'operatingSystem.name', 'operatingSystem.version'])
  .concat(['operatingSystem.build', 'userAndLocation.realname'])
const FILTER = [
  'id',
  'udid',
  'general.name',
  'general.assetTag',
  'general.platform',
  'hardware.serialNumber'
].concat(['hardware.model', 'hardware.macAddress', 'operatingSystem.version', 'userAndLocation.username'])

/**
 * Each version: the server version that added it, its sections, its sort fields.
 * @type {Record<1 | 3 | 4, { from: string, dropped: Section[], sort: string[] }>}
 */
const VERSIONS = {
  1: { from: '0.0.0', dropped: [], sort: [...SHARED_SORT, 'general.lastContactTime'] },
  3: { from: '11.23.0', dropped: ['PLUGINS', 'FONTS'], sort: [...SHARED_SORT, 'general.lastContactTime'] },
  4: {
    from: '11.30.0',
    dropped: ['PLUGINS', 'FONTS'],
    sort: [...SHARED_SORT, 'general.lastCheckIn', 'general.lastContact']
  }
}

/** @param {1 | 3 | 4} version @returns {import('./router.mjs').Route} */
function inventoryRoute(version) {
  const { from, dropped, sort } = VERSIONS[version]
  const sections = /** @type {Section[]} */ (Object.keys(SECTIONS)).filter(name => !dropped.includes(name))
  return {
    when: options => atLeast(options.jamfVersion, from),
    methods: {
      GET: ctx => {
        const asked = new URLSearchParams((ctx.req.url ?? '').split('?')[1] ?? '').getAll('section')
        const wanted = asked.length > 0 ? asked : ['GENERAL']
        const unknown = wanted.find(name => !sections.includes(/** @type {Section} */ (name)))
        if (unknown) return fieldError(ctx.reply, 'section', `Unknown section ${JSON.stringify(unknown)}`)
        const computers = Array.from({ length: ctx.options.computerCount }, (_, i) => computer(i, version))
        listPage(
          ctx,
          computers,
          { sortable: sort, filterable: FILTER, defaultSort: 'general.name:asc' },
          item =>
            Object.fromEntries([
              ['id', item.id],
              ['udid', item.udid],
              ...sections.map(name => {
                const [key, isList] = SECTIONS[name]
                const value = /** @type {Record<string, unknown>} */ (item)[key] ?? (isList ? [] : {})
                return [key, wanted.includes(name) ? value : null]
              })
            ])
        )
      }
    }
  }
}

/** @type {import('./router.mjs').RouteTable} */
export const inventoryRoutes = {
  '/api/v1/computers-inventory': inventoryRoute(1),
  '/api/v3/computers-inventory': inventoryRoute(3),
  '/api/v4/computers-inventory': inventoryRoute(4)
}
