import { plainCall } from '../../api/plain'
import { f } from './feeTexts'

// The fees module's calls through the gateway (一窗收费, decision 0517); amounts are integer fen (分) throughout.
export function feesCall<T>(path: string, method = 'GET', body?: unknown) {
  return plainCall<T>(`/api/v1/fees${path}`, method, body)
}

export interface FeeRow { caseId: string; caseNumber: string; matterName: string; status: string; dueFen: number; outstandingFen: number }

export interface FeeLine { item: string; basis: string; listedFen: number; dueFen: number; relief?: string | null; reliefBasis?: string | null }

export interface Payment { id: string; reference: string; channel: string; amountFen: number; receiptNumber: string; paidAt: string }

export interface Fee extends FeeRow { paidFen: number; refundedFen: number; waiverReason?: string | null; lines: FeeLine[]; payments: Payment[] }

export interface Reconciliation { id: string; departmentId: string; day: string; collectedFen: number; reportedFen: number; differenceFen: number; flagged: boolean }

/** A line's relief as the window reads it: 免征 or 减征 n%, with its basis. */
export function reliefOf(line: Pick<FeeLine, 'relief' | 'reliefBasis'>): string {
  if (!line.relief) return ''
  const kind = line.relief === 'exemption' ? f.reliefKinds.exemption : `${f.reliefKinds.reduction} ${line.relief.replace('reduction-', '')}%`
  return line.reliefBasis ? `${kind}（${line.reliefBasis}）` : kind
}

/** Fen as yuan for display: 12345 → "123.45". */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** Yuan as typed (at most two decimals) to integer fen by its digits, never through a float; null if malformed. */
export function fenOf(text: string): number | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim())
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null
}
