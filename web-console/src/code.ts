// code.html: the public inspection-code page (亮码), no sign-in. The gateway serves it at /code/{code}.
import './styles/base.css';
import './styles/inspections.css';
import { inspectionText } from './features/inspections/words';
import { CodePage, codeFromLocation } from './features/inspections/code/codePage';
import { byId } from './util/dom';

document.title = inspectionText.code.title;
void new CodePage(codeFromLocation(location)).mount(byId('app'));
