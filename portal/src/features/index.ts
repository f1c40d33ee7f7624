import type { Feature } from '../app/feature'
import desk from './desk'
import dispatch from './dispatch'
import sla from './sla'
import technician from './technician'
import kpi from './kpi'
import announcements from './announcements'
import people from './people'
import integrations from './integrations'
import inbox from './inbox'
import estate from './estate'
import equipment from './equipment'
import rounds from './rounds'
import findings from './findings'
import meters from './meters'
import cashier from './cashier'
import arrears from './arrears'
import fees from './fees'

/** Every area of the portal; a new domain adds its folder and one line here. */
export const features: Feature[] = [desk, dispatch, sla, technician, kpi, announcements, people, integrations, inbox,
  estate, equipment, rounds, findings, meters, cashier, arrears, fees]
