// tldts builds its whole public-suffix trie when it is loaded, about half of the rules library's
// start-up work; domains.ts loads it on first use instead, through this require, which bundlers keep
// where it is (a static import would be evaluated with the library).
exports.loadTldts = () => require('tldts');
