// field.html: officer field app; needs an officer session, else back to index.html.
import './styles/base.css';
import './styles/incidents.css';
import './styles/field.css';
import './styles/whistles.css';
import './styles/inspections.css';
import { getSystem } from './api/endpoints';
import { loadSession } from './api/session';
import { fieldText } from './pages/field/words';
import { FieldPage } from './pages/field/fieldPage';
import { byId } from './util/dom';

async function main(): Promise<void> {
  const session = loadSession();
  if (!session || session.role !== 'officer') {
    location.replace('index.html');
    return;
  }
  document.title = fieldText.title;
  const system = await getSystem().catch(() => null);
  await new FieldPage(system).mount(byId('app'));
}

void main();
