import { analyzeReading } from '@/utils/provenance/analysis/analyze';
import { listen, TabResults } from '@/utils/tab-results';

export default defineBackground(() => {
  listen(new TabResults(), analyzeReading);
});
