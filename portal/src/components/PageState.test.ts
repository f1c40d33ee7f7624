import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { i18n } from '../i18n'
import PageState from './PageState.vue'
import { ProblemError } from '../api/problem'
import type { LoadState } from '../api/load'

const render = (props: { state: LoadState; error?: unknown; emptyText?: string }) =>
  mount(PageState, { props, slots: { default: '<p class="content">the page</p>' }, global: { plugins: [i18n] } })

describe('page states', () => {
  it('shows the page only when ready', () => {
    expect(render({ state: 'ready' }).find('.content').exists()).toBe(true)
    expect(render({ state: 'loading' }).find('.content').exists()).toBe(false)
    expect(render({ state: 'loading' }).attributes('data-state')).toBe('loading')
  })

  it('says a 403 plainly, without offering to try again', () => {
    const page = render({ state: 'error', error: new ProblemError(403, { title: 'Forbidden' }) })
    expect(page.text()).toContain('您没有权限查看此内容。')
    expect(page.text()).not.toContain('Forbidden')
    expect(page.find('button').exists()).toBe(false)
  })

  it('shows a problem as its title and detail, with a retry that asks the page to read again', async () => {
    const page = render({ state: 'error', error: new ProblemError(503, { title: 'Service unavailable', detail: 'ticket-service is not answering' }) })
    expect(page.text()).toContain('Service unavailable: ticket-service is not answering')
    await page.find('button').trigger('click')
    expect(page.emitted('retry')).toHaveLength(1)
  })

  it('shows the empty text a page gives', () => {
    expect(render({ state: 'empty', emptyText: '没有消息' }).text()).toContain('没有消息')
  })
})
