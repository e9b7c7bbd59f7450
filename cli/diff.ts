// `messaging-contracts diff <old.json> <new.json>`: compares two releases of a vendor's bundled
// contract (e.g. node_modules/messaging-contracts/generated/<vendor>/openapi.json before and after an
// upgrade) and lists the breaking changes apart from the additive ones (cli/compare.ts).
// Exit code: 0 no breaking change, 1 a breaking change, 2 on a usage error or an unreadable file.
import { readFileSync } from 'node:fs';
import { commandArgs } from './args.ts';
import { compareDocuments, formatComparison } from './compare.ts';
import type { OpenApiDocument } from './openapi-model.ts';

const USAGE = `Usage: messaging-contracts diff <old.json> <new.json> [--json]

Compares two bundled OpenAPI 3.1 documents (JSON, internal $refs only: the generated/<vendor>/openapi.json
files of two releases) and lists breaking changes (what a client written against <old.json> can trip on)
apart from additive ones. --json prints { breaking, additive } instead of text.`;

class UsageError extends Error {}

function readDocument(file: string): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || typeof (doc as { openapi?: unknown }).openapi !== 'string') {
    throw new UsageError(`${file} is not an OpenAPI document (no "openapi" field)`);
  }
  return doc as OpenApiDocument;
}

export async function run(args: string[]): Promise<number> {
  const parsed = commandArgs(args, { json: { type: 'boolean' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    console.error(USAGE);
    return 2;
  }
  const [oldFile, newFile] = positionals as [string, string];
  try {
    const result = compareDocuments(readDocument(oldFile), readDocument(newFile));
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(formatComparison(newFile, oldFile, result));
      console.log(result.breaking.length ? `\n${result.breaking.length} breaking change(s).` : '\nNo breaking change.');
    }
    return result.breaking.length ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}
