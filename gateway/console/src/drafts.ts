import { reactive } from 'vue'

// Drafts of the forms, kept in memory outside the pages: a page that is left (or a sign-in after an expired
// token) comes back to what was typed. Never persisted: they hold applicants' ID numbers.
export interface MaterialChoice {
  code: string
  name: string
  required: boolean
  deferrable: boolean
}

export interface ApplicationDraft {
  q: string
  matterCode: string
  matterName: string
  materials: MaterialChoice[]
  checked: string[]
  kind: 'person' | 'organisation'
  name: string
  idNumber: string
  creditCode: string
  phone: string
  consent: boolean
  supplyBy: string
}

function emptyApplication(): ApplicationDraft {
  return { q: '', matterCode: '', matterName: '', materials: [], checked: [], kind: 'person', name: '', idNumber: '',
    creditCode: '', phone: '', consent: false, supplyBy: '' }
}

const applications = new Map<string, ApplicationDraft>()

/** The draft of one form ('window', 'proxy' or 'bundle'); `clear` starts a new one after a successful submission. */
export function applicationDraft(form: string): { draft: ApplicationDraft; clear: () => void } {
  if (!applications.has(form)) applications.set(form, reactive(emptyApplication()))
  const draft = applications.get(form)!
  return { draft, clear: () => Object.assign(draft, emptyApplication()) }
}
