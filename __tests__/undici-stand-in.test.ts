// Guards the undici stand-in (build/undici-stub, installed as `undici` through package.json's overrides; see
// CONTRIBUTING.md). ncc builds silently when a bundled package imports a name the stand-in lacks, and the
// import is then `undefined` at run time. So: every name any bundled package imports from undici must be
// exported by the stand-in, and the built bundles must read no name that their module objects do not define.
import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'
import { ROOT } from '../test-support/runner.mjs'

const STAND_IN = path.join(ROOT, 'build', 'undici-stub')

/** The packages that the action's bundles can contain: the lock file's non-development packages. */
function bundledPackages(): string[] {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'))
  return Object.entries<{ dev?: boolean; link?: boolean }>(lock.packages)
    .filter(([key, entry]) => key.startsWith('node_modules/') && !entry.dev && !entry.link)
    .map(([key]) => path.join(ROOT, key))
}

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : scripts(file)
    return /\.[cm]?js$/.test(entry.name) ? [file] : []
  })
}

/**
 * The names a script takes from undici: named imports and re-exports, `require('undici').X`,
 * `const { X } = require('undici')`, and `ns.X` on a namespace or required module. '*' stands for a use
 * this reading cannot resolve to names (export *, a namespace passed on whole), so it fails the guard.
 */
function undiciNames(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  const names = new Set<string>()
  const namespaces = new Set<string>()
  const isUndici = (node: ts.Node | undefined) => !!node && ts.isStringLiteral(node) && node.text === 'undici'
  const isLoad = (node: ts.Node) =>
    ts.isCallExpression(node) &&
    (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
      (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
    isUndici(node.arguments[0])
  const bind = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) namespaces.add(name.text)
    else if (ts.isObjectBindingPattern(name))
      for (const element of name.elements) {
        const key = element.propertyName ?? element.name
        names.add(ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : '*')
      }
    else names.add('*')
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && isUndici(node.moduleSpecifier)) {
      const clause = node.importClause
      if (clause?.name) names.add('default')
      const bindings = clause?.namedBindings
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text)
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text)
    } else if (ts.isExportDeclaration(node) && isUndici(node.moduleSpecifier)) {
      const clause = node.exportClause
      if (clause && ts.isNamedExports(clause))
        for (const element of clause.elements) names.add((element.propertyName ?? element.name).text)
      else names.add('*')
    } else if (isLoad(node)) {
      let use: ts.Node = node
      while (ts.isAwaitExpression(use.parent) || ts.isParenthesizedExpression(use.parent)) use = use.parent
      const parent = use.parent
      if (ts.isPropertyAccessExpression(parent)) names.add(parent.name.text)
      else if (ts.isVariableDeclaration(parent)) bind(parent.name)
      else names.add('*')
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  if (namespaces.size > 0) {
    const use = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && namespaces.has(node.text) && !ts.isVariableDeclaration(node.parent)) {
        const parent = node.parent
        if (ts.isPropertyAccessExpression(parent) && parent.expression === node) names.add(parent.name.text)
        else if (!ts.isNamespaceImport(parent)) names.add('*')
      }
      ts.forEachChild(node, use)
    }
    use(file)
  }
  return [...names]
}

/** Every name each bundled package takes from undici, as 'package/file: Name'. */
function undiciImports(): { file: string; name: string }[] {
  return bundledPackages().flatMap(dir =>
    scripts(dir)
      .map(file => ({ file, source: readFileSync(file, 'utf8') }))
      .filter(({ source }) => source.includes('undici'))
      .flatMap(({ file, source }) =>
        undiciNames(source, file).map(name => ({ file: path.relative(ROOT, file), name }))
      )
  )
}

describe('the undici stand-in', () => {
  it('is what the bundles get for undici', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
    expect(manifest.dependencies.undici).toBe('file:build/undici-stub')
    expect(manifest.overrides.undici).toBe('$undici')
    expect(realpathSync(path.join(ROOT, 'node_modules', 'undici'))).toBe(realpathSync(STAND_IN))
  })

  it('exports every name that a bundled package imports from undici', async () => {
    const exported = Object.keys(await import(path.join(STAND_IN, 'index.js')))
    const imports = undiciImports()
    // @actions/http-client imports ProxyAgent today: if the reading found nothing, it is broken.
    expect(imports).toContainEqual({
      file: 'node_modules/@actions/http-client/lib/index.js',
      name: 'ProxyAgent'
    })
    expect(imports.filter(({ name }) => !exported.includes(name))).toEqual([])
  })

  it('reads every form of import that a package can take undici by', () => {
    const source = `
      import { A, B as b } from 'undici'
      import C from 'undici'
      import * as ns from 'undici'
      export { D } from 'undici'
      const { E, F: f } = require('undici')
      const mod = require('undici')
      const g = require('undici').G
      const { H } = await import('undici')
      new ns.I(); mod.J()
      import { K } from 'not-undici'`
    expect(undiciNames(source, 'all.mjs').sort()).toEqual(
      ['A', 'B', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'default'].sort()
    )
    expect(undiciNames("export * from 'undici'", 'star.mjs')).toEqual(['*'])
    expect(undiciNames("const u = require('undici'); use(u)", 'whole.cjs')).toEqual(['*'])
  })
})

/**
 * The names a bundle reads from its module objects that they do not define. ncc (webpack) turns an import
 * into a read of a module object: `x_namespaceObject.Name` for a bundled ES module, whose names are the
 * keys given to `__nccwpck_require__.d(x_namespaceObject, {...})`, or for a built-in module, whose names are
 * the real module's. A name a bundled module lacks is a read of nothing (`undefined`); webpack also leaves a
 * "Cannot get final name for export" comment before an `undefined` it could not resolve.
 */
function undefinedImports(bundle: string): string[] {
  const require = createRequire(import.meta.url)
  const problems: string[] = []
  for (const match of bundle.matchAll(/Cannot get final name for export "([^"]+)" in "([^"]+)"/g))
    problems.push(`${match[2]}: ${match[1]}`)
  const internal = new Map<string, Set<string>>()
  for (const match of bundle.matchAll(/^var (\w+_namespaceObject) = \{\};$/gm))
    internal.set(match[1], new Set())
  for (const match of bundle.matchAll(/__nccwpck_require__\.d\((\w+_namespaceObject), \{([^}]*)\}\)/g))
    for (const key of match[2].matchAll(/^\s*"?([\w$]+)"?:/gm)) internal.get(match[1])?.add(key[1])
  const external = new Map<string, string>()
  for (const match of bundle.matchAll(
    /^(?:const|var) (external_\w+_namespaceObject) = .*?(?:createRequire\(import\.meta\.url\)\("([^"]+)"\)|__nccwpck_require__\.t\(external_\w+, 2\));$/gm
  ))
    external.set(
      match[1],
      match[2] ?? match[1].replace(/^external_|_namespaceObject$/g, '').replace(/_/g, '/')
    )
  for (const match of bundle.matchAll(/\b(\w+_namespaceObject)\.([\w$]+)/g)) {
    const [, object, name] = match
    const names = internal.get(object)
    if (names && !names.has(name)) problems.push(`${object}.${name}`)
    const module = external.get(object)
    if (module !== undefined && !names && require(module)[name] === undefined)
      problems.push(`${object}.${name}`)
  }
  return [...new Set(problems)]
}

describe.each(['main', 'post'])('dist/%s/index.js', step => {
  it('reads no name that its module objects lack, so no import is undefined at run time', () => {
    const bundle = readFileSync(path.join(ROOT, 'dist', step, 'index.js'), 'utf8')
    expect(bundle).toMatch(/CONCATENATED MODULE: \.\/build\/undici-stub\/index\.js/)
    expect(undefinedImports(bundle)).toEqual([])
  })
})

describe('the bundle check', () => {
  it('finds a name that a bundled module lacks and a name that a built-in module lacks', () => {
    // The shape ncc gives a bundle whose undici lacks ProxyAgent (built once with ProxyAgent removed).
    const broken = [
      'var undici_stub_namespaceObject = {};',
      '__nccwpck_require__.r(undici_stub_namespaceObject);',
      'var other_namespaceObject = {};',
      '__nccwpck_require__.d(other_namespaceObject, {',
      '  platform: () => (platform)',
      '});',
      'const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");',
      'proxyAgent = new undici_stub_namespaceObject.ProxyAgent({});',
      'other_namespaceObject.platform(); other_namespaceObject.arch();',
      'external_os_namespaceObject.EOL; external_os_namespaceObject.NoSuchThing;',
      '/* Cannot get final name for export "Agent" in "./node_modules/undici/index.js" */ undefined'
    ].join('\n')
    expect(undefinedImports(broken).sort()).toEqual(
      [
        './node_modules/undici/index.js: Agent',
        'undici_stub_namespaceObject.ProxyAgent',
        'other_namespaceObject.arch',
        'external_os_namespaceObject.NoSuchThing'
      ].sort()
    )
  })
})
