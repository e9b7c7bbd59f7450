// Finds vendor-parametrised tables in source text: array literals, call argument lists and object
// literals that name two or more registered vendor keys (as string literals, object keys, the
// `vendor:`/`key:` property of their object elements, or the first cell of their array rows). A table that names some vendors but not all
// is how a new vendor gets silently skipped; test/vendor-registry.test.ts fails on each one.
import ts from 'typescript';

export interface VendorTable {
  file: string;
  line: number;
  /** the registered keys the table names */
  named: string[];
  /** the registered keys it does not name */
  missing: string[];
}

export function vendorTables(file: string, source: string, keys: readonly string[]): VendorTable[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const tables: VendorTable[] = [];
  const keyOf = (node: ts.Node): string | undefined => {
    if (ts.isStringLiteralLike(node) && keys.includes(node.text)) return node.text;
    // a row of an it.each-style table: ['lines', …]
    if (
      ts.isArrayLiteralExpression(node) &&
      node.elements[0] &&
      ts.isStringLiteralLike(node.elements[0]) &&
      keys.includes(node.elements[0].text)
    ) {
      return node.elements[0].text;
    }
    if (ts.isObjectLiteralExpression(node)) {
      for (const p of node.properties) {
        if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && (p.name.text === 'vendor' || p.name.text === 'key')) {
          if (ts.isStringLiteralLike(p.initializer) && keys.includes(p.initializer.text)) return p.initializer.text;
        }
      }
    }
    return undefined;
  };
  const propertyKey = (p: ts.ObjectLiteralElementLike): string | undefined => {
    const name = p.name;
    if (!name) return undefined;
    const text = ts.isIdentifier(name) || ts.isStringLiteralLike(name) ? name.text : undefined;
    return text !== undefined && keys.includes(text) ? text : undefined;
  };
  const record = (node: ts.Node, named: (string | undefined)[]) => {
    const set = [...new Set(named.filter((k): k is string => k !== undefined))];
    if (set.length < 2) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    tables.push({ file, line: line + 1, named: set.sort(), missing: keys.filter((k) => !set.includes(k)) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node)) record(node, node.elements.map(keyOf));
    else if (ts.isCallExpression(node)) record(node, node.arguments.map(keyOf));
    else if (ts.isObjectLiteralExpression(node)) record(node, node.properties.map(propertyKey));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return tables;
}
