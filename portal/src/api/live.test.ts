import { describe, expect, it } from 'vitest'
import { parseEvents } from './live'

describe('event stream parsing', () => {
  it('reads named events and keeps an unfinished one for the next chunk', () => {
    const first = parseEvents(':connected\n\nevent:notification\nid:n1\ndata:{"id":"n1"}\n\nevent:notif')
    expect(first.events).toEqual([{ event: 'notification', id: 'n1', data: '{"id":"n1"}' }])
    const second = parseEvents(`${first.rest}ication\ndata:{"id":"n2"}\r\n\r\n`)
    expect(second.events).toEqual([{ event: 'notification', id: undefined, data: '{"id":"n2"}' }])
    expect(second.rest).toBe('')
  })

  it('skips comments and keep-alives', () => {
    expect(parseEvents(':keep-alive\n\n').events).toEqual([])
  })
})
