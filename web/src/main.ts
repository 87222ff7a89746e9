import './ui/global.css';
import './app/app-root.js';
