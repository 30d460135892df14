import './article/define.js';
import './explainer/define.js';
import './timeline/define.js';
