// The draw's 回避名单 as typed: one "officerId,enterpriseId" pair a line (an officer id such as O0012 or a certificate
// number, sent as typed; the enterprise's credit code, upper-cased). Blank lines are skipped; a full-width comma or a tab
// also separates. The server checks that the officer is known and the code valid.
import type { DrawRecusal } from '../api';
import { inspectionText } from '../words';
import { isCreditCode } from './planDraft';

const OFFICER = /^[^\s,，]{1,64}$/;

export function parseRecusals(text: string): { recusals: DrawRecusal[] } | { error: string } {
  const recusals: DrawRecusal[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const parts = line.split(/\s*[,，\t]\s*/);
    const officerId = parts[0] ?? '';
    const enterpriseId = (parts[1] ?? '').toUpperCase();
    if (parts.length !== 2 || !OFFICER.test(officerId) || !isCreditCode(enterpriseId)) return { error: inspectionText.draw.badRecusal(i + 1, line) };
    recusals.push({ officerId, enterpriseId });
  }
  return { recusals };
}
