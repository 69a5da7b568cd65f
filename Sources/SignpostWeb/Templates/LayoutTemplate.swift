/// The frame of every page: skip link, quick exit (the first stop after the skip link, so someone
/// can leave at once; shown on the right), navigation, main, footer. Pages fill the
/// `title` and `main` blocks. One local stylesheet and one optional script; nothing external.
enum LayoutTemplate {
    static let name = "layout"
    static let text = """
    <!doctype html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    {{#chrome.noindex}}<meta name="robots" content="noindex, nofollow">{{/chrome.noindex}}
    <title>{{$title}}Signpost{{/title}}</title>
    <link rel="stylesheet" href="/assets/signpost.css">
    <script src="/assets/signpost.js" defer></script>
    </head>
    <body>
    <a class="skip-link" href="#main">Skip to main content</a>
    <header class="site-header">
    <div class="wrap header-row">
    <a id="quick-exit" class="quick-exit" href="https://www.bbc.co.uk/weather" rel="noreferrer">Quick exit<span class="visually-hidden">: leave this site now</span></a>
    <a class="brand" href="/">Signpost<span class="tagline"> – local help with money, health and more</span></a>
    </div>
    <nav class="wrap site-nav" aria-label="Main">
    <ul>
    <li><a href="/"{{#chrome.findHelp}} aria-current="page"{{/chrome.findHelp}}>Find help</a></li>
    <li><a href="/hna"{{#chrome.linkWorkers}} aria-current="page"{{/chrome.linkWorkers}}>For link workers</a></li>
    </ul>
    </nav>
    </header>
    <main id="main" class="wrap" tabindex="-1">
    {{$main}}{{/main}}
    </main>
    <footer class="site-footer">
    <div class="wrap">
    <p>Signpost lists local and national support. Services change: check with them before you travel.</p>
    <p>Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Source: Office for National Statistics licensed under the Open Government Licence v.3.0. <a href="/v1/about">About this data</a>.</p>
    </div>
    </footer>
    </body>
    </html>
    """
}
