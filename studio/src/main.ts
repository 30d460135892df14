import './studio-app.js';
