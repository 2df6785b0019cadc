// Client-side checks of the identifiers the API validates (DOMAIN.md "Identifiers and their checks").

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const idChecks = '10X98765432'

/** Citizen ID (GB 11643): 17 digits and a check character. */
export function citizenIdValid(value: string): boolean {
  const id = value.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const sum = idWeights.reduce((acc, w, i) => acc + w * Number(id[i]), 0)
  return idChecks[sum % 11] === id[17]
}

const creditAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** Unified social credit code (GB 32100): 18 characters of the 31-letter alphabet, the last a check. */
export function creditCodeValid(value: string): boolean {
  const code = value.trim().toUpperCase()
  if (code.length !== 18 || [...code].some((c) => !creditAlphabet.includes(c))) return false
  const sum = creditWeights.reduce((acc, w, i) => acc + w * creditAlphabet.indexOf(code[i]), 0)
  const check = (31 - (sum % 31)) % 31
  return creditAlphabet[check] === code[17]
}

export function creditCodeFormatOk(value: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value.trim().toUpperCase())
}

/** First 6 and last 4 shown, as the API masks them. */
export function maskId(value: string): string {
  return value.length < 10 ? value : `${value.slice(0, 6)}********${value.slice(-4)}`
}
