// Nothing to fetch after install: every binary the workspace uses ships inside its npm package.
// This only reminds a new user of the two commands that matter.
if (!process.env.CI) {
  console.log('goaltrail: installed. Start with "npm start" (http://localhost:3000); test with "npm test".');
}
