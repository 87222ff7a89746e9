import './styles/global.css';
import './app-root.js';
