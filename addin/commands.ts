/** @file リボンのコマンド (function file): initialises office.js for the ribbon button; the button itself opens the task pane. */
import { detectHost } from './platform/detect-host';

void detectHost();
