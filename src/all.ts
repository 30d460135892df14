import './article/define.js';
import './explainer/define.js';
import './quiz/define.js';
import './timeline/define.js';
