// grid.html: grid worker page; needs a gridWorker session, else back to index.html.
import './styles/base.css';
import './styles/incidents.css';
import './styles/field.css';
import './styles/grid.css';
import { getSystem } from './api/endpoints';
import { loadSession } from './api/session';
import { gridText } from './features/incidents/grid/words';
import { GridPage } from './features/incidents/grid/gridPage';
import { byId } from './util/dom';

async function main(): Promise<void> {
  const session = loadSession();
  if (!session || session.role !== 'gridWorker') {
    location.replace('index.html');
    return;
  }
  document.title = gridText.title;
  const system = await getSystem().catch(() => null);
  await new GridPage(system).mount(byId('app'));
}

void main();
