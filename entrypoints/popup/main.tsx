import { render } from 'preact';
import { App } from './App';

render(<App search={location.search} />, document.getElementById('app')!);
