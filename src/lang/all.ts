import './ar.js';
import './de.js';
import './es.js';
import './fr.js';
import './kk.js';
import './ru.js';
