import { plainCall } from '../../api/plain'

// The office module's calls through the gateway (no generated types for it).
export function officeCall<T>(path: string, method = 'GET', body?: unknown) {
  return plainCall<T>(`/api/v1/office${path}`, method, body)
}

export interface Filing {
  id: string; caseNumber: string; kind: string; status: string; reason: string; raisedByName: string
  reportBy?: string | null; explanation?: string | null; note?: string | null
}

/** 首问负责: one move of an enquiry's trail; `coveringFor` names the A a B stood in for (AB角). */
export interface EnquiryStep {
  sequence: number; status: string; by: string; byName: string; at: string; windowCode?: string | null; note?: string | null
  coveringFor?: string | null
}

export interface Enquiry {
  id: string; topic: string; matterCode?: string | null; status: string; owner: string; ownerName: string
  windowCode?: string | null; recordedAt: string; trail: EnquiryStep[]
}

/** A line of my inbox: the enquiry, and the absent A whose work it is when I cover for them. */
export interface InboxItem { enquiry: Enquiry; coveringFor?: string | null }

export interface Post { code: string; name: string; a: string; aName: string; b: string; bName: string }

export interface CoverDay { postCode: string; postName: string; a: string; aName: string; b: string; bName: string; items: unknown[] }

export interface Letter { departmentId: string; departmentName: string; powers: string[]; missing: string[]; ratePercent: number }

export interface AuthorisationReport {
  ratePercent: number
  departments: { departmentId: string; departmentName: string; centres: number; ratePercent: number }[]
  letters: Letter[]
}

/** A list as the API answers it: an array, or a page of `{ items, nextCursor, total }`. */
export function itemsOf<T>(list: T[] | { items: T[] } | undefined): T[] {
  return list === undefined ? [] : Array.isArray(list) ? list : list.items
}
