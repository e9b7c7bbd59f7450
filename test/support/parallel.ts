// Runs many checks at once, boundedly, and collects what failed as readable messages.

/** The codes and messages down an error's cause chain, for the failure message. */
function causes(error: unknown): string {
  let text = '';
  for (let e = (error as { cause?: unknown }).cause, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    text += ` <- ${(e as { code?: string }).code ?? ''} ${String(e)}`;
  }
  return text;
}

/** Runs `task` over `items`, at most `limit` at a time; returns the failures as messages. */
export async function inParallel<T>(
  items: T[],
  limit: number,
  name: (item: T) => string,
  task: (item: T) => Promise<string | undefined>,
): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const failure = await task(item).catch((error: unknown) => `${name(item)}: threw ${String(error)}${causes(error)}`);
      if (failure) failures.push(failure);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return failures.sort();
}
