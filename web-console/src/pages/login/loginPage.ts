// Sign-in form. Test hooks: #username, #password, #login-button.
import { login } from '../../api/endpoints';
import { ApiError } from '../../api/http';
import { saveSession } from '../../api/session';
import type { LoginResponse, SystemInfo } from '../../api/types';
import { APP_TITLE } from '../../shared/words';
import { loginText as t } from './words';
import { h } from '../../util/dom';
import { modeBanner } from '../../shared/banner';
import { BusyRunner } from '../../shared/busy';
import type { PageController } from '../../shared/page';

function demoHint(): HTMLElement {
  return h(
    'div',
    { class: 'demo-hint', id: 'demo-hint' },
    h('div', { class: 'demo-hint-title' }, t.demoHintTitle),
    h(
      'ul',
      {},
      ...t.demoAccounts.map(([user, label]) => h('li', {}, h('code', {}, user), h('span', {}, label))),
    ),
    h('div', { class: 'muted' }, t.demoOfficerCodes),
  );
}

/** The sign-in page; `onSignedIn` routes by role once the session is saved. */
export class LoginPage implements PageController {
  constructor(
    private readonly system: SystemInfo | null,
    private readonly onSignedIn: (r: LoginResponse) => void,
  ) {}

  async mount(root: HTMLElement): Promise<void> {
    const system = this.system;
    const username = h('input', { id: 'username', name: 'username', type: 'text', autocomplete: 'username', placeholder: t.usernamePlaceholder, required: true });
    const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', placeholder: t.passwordPlaceholder, required: true });
    const button = h('button', { id: 'login-button', type: 'submit', class: 'btn btn-primary btn-block' }, t.submit);
    const error = h('div', { id: 'login-error', class: 'form-error', role: 'alert', 'aria-live': 'polite' });
    const runner = new BusyRunner({
      error,
      setBusy: (b) => {
        button.disabled = b;
        button.textContent = b ? t.submitting : t.submit;
      },
      onError: (e) => {
        if (e instanceof ApiError && e.status === 401) password.select();
      },
    });

    const form = h(
      'form',
      { class: 'login-form', novalidate: true },
      h('label', { for: 'username' }, t.username),
      username,
      h('label', { for: 'password' }, t.password),
      password,
      error,
      button,
    );
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      error.textContent = '';
      const u = username.value.trim();
      const p = password.value;
      if (!u || !p) {
        error.textContent = t.missingFields;
        return;
      }
      const r = await runner.run(() => login(u, p, { 401: t.badCredentials, 429: t.tooMany }));
      if (!r) return;
      saveSession({ accessToken: r.accessToken, role: r.role, expiresAt: r.expiresAt });
      this.onSignedIn(r);
    });

    const county = system?.countyName ? h('div', { class: 'login-county' }, system.countyName) : null;
    root.replaceChildren(
      ...[modeBanner(system)].filter((x): x is HTMLElement => !!x),
      h(
        'main',
        { class: 'login-page' },
        h(
          'section',
          { class: 'login-card' },
          h('h1', {}, APP_TITLE),
          h('div', { class: 'login-subtitle' }, t.subtitle),
          county,
          form,
          system === null ? h('div', { class: 'muted' }, t.systemUnavailable) : null,
          system?.demo ? demoHint() : null,
        ),
      ),
    );
    username.focus();
  }

  dispose(): void {}
}
