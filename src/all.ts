import './annotate/define.js';
import './article/define.js';
import './explainer/define.js';
import './quiz/define.js';
import './term/define.js';
import './timeline/define.js';
import './whos-who/define.js';
