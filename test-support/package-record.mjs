// @ts-check
/** A package record with every field Jamf Pro requires (POST /api/v1/packages), for the tests and the bench. */
export const PACKAGE = Object.freeze({
  packageName: 'Demo App',
  fileName: 'DemoApp.pkg',
  categoryId: '-1',
  priority: 3,
  fillUserTemplate: false,
  rebootRequired: false,
  osInstall: false,
  suppressUpdates: false,
  suppressFromDock: false,
  suppressEula: false,
  suppressRegistration: false
})
