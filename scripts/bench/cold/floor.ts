/** The floor, cold: the bare TreeWalker pass over every text node, the least any reader of the page does. */
import { exposeCold } from './expose';

exposeCold(async () => {
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let characters = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) characters += (node as Text).data.length;
  return { sink: characters };
});
