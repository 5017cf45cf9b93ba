// The shared scenarios (scenarios.mjs) in Firefox ESR (FIREFOX_PATH, else /usr/bin/firefox-esr),
// with the Firefox test build (npm run build:test).
import { firefoxEnv } from './drivers.mjs';
import { runScenarios } from './scenarios.mjs';

runScenarios(firefoxEnv);
