/**
 * The content script as the manifest and the background register it: built by crxjs as one
 * standalone IIFE file (no loader, no chunks exposed through web_accessible_resources, so it
 * works the same on every site the user enables).
 */
import './index';
