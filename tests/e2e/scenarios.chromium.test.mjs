// The shared scenarios (scenarios.mjs) in Chromium, with the test build.
import { chromiumEnv } from './drivers.mjs';
import { runScenarios } from './scenarios.mjs';

runScenarios(chromiumEnv);
