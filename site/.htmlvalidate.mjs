// html-validate's configuration for the built site, run by the site tests (HtmlValidateTests) and CI.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Blazor's HtmlRenderer writes void elements with attributes as <meta ... /> and without as
    // <meta>; both are valid HTML, and the renderer, not us, picks the form.
    "void-style": "off",
    // Answer titles are the questions people ask, written by content editors, and many run past the
    // rule's 70 characters; search engines shorten long titles when they show them. The site drops
    // its own " · Jamsos.Outreach" suffix whenever a title would pass 70 characters with it.
    "long-title": ["error", { maxlength: 120 }],
  },
};
