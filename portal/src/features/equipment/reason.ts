import { useI18n } from 'vue-i18n'
import { systemReason } from './ledger'

/** A reason as people read it: the server's own sentences (a certificate expired…) in their language, others as written. */
export function useReasonText() {
  const { t } = useI18n()
  return (reason: string | null | undefined): string => {
    const known = systemReason(reason)
    if (!known) return reason ?? ''
    const values = { ...known.values }
    if (values.kind) values.kind = t(`equipment.cert.kind.${values.kind}`)
    return t(known.key, values)
  }
}
