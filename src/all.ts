import './article/define.js';
