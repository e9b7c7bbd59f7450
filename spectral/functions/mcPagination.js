// List operations (operationId starting with "list") carry a well-formed x-pagination (spec/AUTHORING.md).
const NEEDS = {
  cursor: ['itemsPath', 'nextCursorPath'],
  page: ['itemsPath', 'pageParam', 'totalPagesPath'],
  offset: ['itemsPath', 'offsetParam', 'limitParam'],
  link: ['itemsPath', 'nextLinkPath'],
  none: [],
};

export default function mcPagination(operation, _options, context) {
  const p = operation?.['x-pagination'];
  const isList = typeof operation?.operationId === 'string' && /^list[A-Z]/.test(operation.operationId);
  if (p === undefined) return isList ? [{ message: 'list operation has no x-pagination', path: context.path }] : [];
  const path = [...context.path, 'x-pagination'];
  if (!p || typeof p !== 'object' || !(p.style in NEEDS)) {
    return [{ message: `x-pagination.style must be one of ${Object.keys(NEEDS).join(', ')}`, path }];
  }
  const results = NEEDS[p.style]
    .filter((f) => typeof p[f] !== 'string')
    .map((f) => ({ message: `x-pagination style ${p.style} needs ${f}`, path }));
  if (p.style === 'cursor' && !p.cursorParam && !p.cursorParams)
    results.push({ message: 'x-pagination style cursor needs cursorParam or cursorParams', path });
  return results;
}
