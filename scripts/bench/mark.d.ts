declare module 'mark.js';
