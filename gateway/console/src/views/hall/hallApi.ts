import { plainCall } from '../../api/plain'

// The hall module's calls through the gateway (叫号, decision 0515); its shapes as the API answers them.
export function hallCall<T>(path: string, method = 'GET', body?: unknown) {
  return plainCall<T>(`/api/v1/hall${path}`, method, body)
}

/** A ticket as a window sees it: a number, never a name. */
export interface Ticket { id: string; number: string; areaCode: string; status: string; appointment: boolean; recalls: number }

export interface CalledNumber { number: string; windowCode: string; windowName: string; announcedAt: string; recalls: number }

export interface AreaQueue { code: string; name: string; waiting: number }

/** The hall's screen (叫号屏): numbers called today, latest first, and how many wait per service area. */
export interface Display { centreId: string; day: string; called: CalledNumber[]; areas: AreaQueue[] }
