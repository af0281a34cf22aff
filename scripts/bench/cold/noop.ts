/** A content script that does nothing, bundled as the others are: what being a script at all costs. */
import { exposeCold } from './expose';

exposeCold(async () => ({ sink: 0 }));
