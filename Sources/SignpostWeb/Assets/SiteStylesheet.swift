/// The one stylesheet: system fonts, mobile first (works from 320 px), WCAG AA contrast, a thick
/// visible focus ring, and print rules that keep each service whole on paper.
public enum SiteStylesheet {
    public static let css = """
    *,*::before,*::after{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.0625rem;line-height:1.5;color:#0b0c0c;background:#fff;overflow-wrap:anywhere}
    .wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
    a{color:#1a4f9c}
    a:visited{color:#4c2c92}
    a:hover{color:#0b0c0c}
    :focus-visible{outline:3px solid #0b0c0c;outline-offset:2px;box-shadow:0 0 0 6px #ffdd00}
    .skip-link{position:absolute;left:-9999px;top:0;background:#ffdd00;color:#0b0c0c;padding:.5rem 1rem;z-index:10}
    .skip-link:focus{left:0}
    .visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
    .site-header{background:#0b3d5c;color:#fff;position:sticky;top:0;z-index:5}
    .header-row{display:flex;align-items:center;justify-content:space-between;gap:.5rem;padding-top:.5rem;padding-bottom:.5rem}
    .brand{color:#fff;font-weight:700;font-size:1.25rem;text-decoration:none}
    .brand:visited,.brand:hover{color:#fff}
    .tagline{font-weight:400;font-size:.9rem;display:none}
    .quick-exit{order:2;background:#b00020;color:#fff!important;font-weight:700;padding:.5rem .9rem;border-radius:.25rem;text-decoration:none;white-space:nowrap;border:2px solid #fff}
    .site-nav ul{list-style:none;margin:0;padding:0 0 .5rem;display:flex;flex-wrap:wrap;gap:1rem}
    .site-nav a{color:#fff}
    .site-nav a[aria-current]{font-weight:700}
    main{padding-top:1rem;padding-bottom:2rem;display:block}
    h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
    h2{font-size:1.3rem;margin:1.5rem 0 .5rem}
    h3{font-size:1.1rem;margin:1rem 0 .25rem}
    label,legend{font-weight:600}
    .hint{color:#484949;font-size:.95rem;margin:.1rem 0 .4rem;font-weight:400}
    input[type=text],input[type=search],input[type=number],select{font:inherit;padding:.45rem;border:2px solid #0b0c0c;border-radius:0;max-width:100%;background:#fff;color:#0b0c0c}
    input[type=text],input[type=search]{width:100%}
    input.postcode{width:10em}
    input[type=number]{width:5em}
    input[type=checkbox]{width:1.4rem;height:1.4rem;margin:0 .5rem 0 0;flex:none;accent-color:#0b3d5c}
    .field{margin:0 0 1.25rem}
    fieldset{border:0;padding:0;margin:0 0 1.25rem;min-width:0}
    .choices{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.25rem 1rem}
    .choice{display:flex;align-items:flex-start;padding:.2rem 0;font-weight:400}
    .choice label{font-weight:400}
    button,.button{font:inherit;font-weight:700;background:#00703c;color:#fff;border:0;border-bottom:3px solid #002d18;padding:.6rem 1.2rem;cursor:pointer;border-radius:0;text-decoration:none;display:inline-block}
    button.secondary{background:#eef0f1;color:#0b0c0c;border-bottom-color:#858686}
    .error-summary{border:4px solid #b00020;padding:1rem;margin:0 0 1.5rem}
    .error-summary h2{margin-top:0}
    .error-message{color:#b00020;font-weight:700;margin:.2rem 0}
    .field-error{border-left:4px solid #b00020;padding-left:.75rem}
    [aria-invalid=true]{border-color:#b00020!important}
    .notice{background:#eef6fb;border-left:6px solid #1a4f9c;padding:.75rem 1rem;margin:0 0 1rem}
    .help-now{background:#fff4f4;border-left:6px solid #b00020;padding:.75rem 1rem;margin:1rem 0}
    .crisis{border:4px solid #b00020;padding:1rem;margin:0 0 1.5rem;background:#fff4f4}
    .crisis h2{margin-top:0;color:#8a0019}
    .filters{background:#f3f2f1;padding:1rem;margin:0 0 1rem}
    .filters .row{display:flex;flex-wrap:wrap;gap:.75rem 1.25rem;align-items:flex-end}
    .filters .field{margin:0}
    .results,.plain-list{list-style:none;margin:0;padding:0}
    .service-card{border-top:2px solid #b1b4b6;padding:1rem 0}
    .service-card h2,.service-card h3{margin:0 0 .25rem;font-size:1.2rem}
    .organisation{margin:0;color:#484949}
    .summary{margin:.4rem 0}
    .facts{margin:.4rem 0;padding:0;list-style:none}
    .facts li{margin:.15rem 0}
    .badge{display:inline-block;font-size:.85rem;font-weight:700;padding:.05rem .45rem;margin-left:.4rem;border:2px solid currentColor}
    .open-now{color:#005a30}
    .closed-now{color:#484949}
    .urgent-badge{color:#8a0019}
    .stale{color:#8a0019}
    .contact a{margin-right:1rem;display:inline-block}
    .pagination{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin:1.5rem 0}
    .need-group{border-top:4px solid #0b3d5c;margin:1.5rem 0 0}
    .need-group>ul{list-style:none;margin:0;padding:0}
    .suggestion{display:flex;align-items:flex-start;padding:.6rem 0;border-bottom:1px solid #b1b4b6}
    .suggestion label{font-weight:400}
    .reason{margin:.2rem 0 0;color:#484949}
    .hna-item{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .75rem;padding:.3rem 0;border-bottom:1px solid #e1e1e1}
    .hna-item .concern{display:flex;align-items:center;flex:1 1 14rem}
    .hna-item .concern label{font-weight:400}
    .hna-item .score label{font-weight:400;font-size:.95rem}
    .shortlist-item{border-top:2px solid #b1b4b6;padding:1rem 0}
    .shortlist-item h2{margin-top:0}
    dl.details{display:grid;grid-template-columns:minmax(6rem,auto) 1fr;gap:.25rem 1rem;margin:.5rem 0}
    dl.details dt{font-weight:700}
    dl.details dd{margin:0}
    .actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:1rem 0}
    .site-footer{border-top:4px solid #0b3d5c;background:#f3f2f1;font-size:.9rem;padding:1rem 0;margin-top:2rem}
    .filters select{max-width:11rem}
    @media (max-width:39.99rem){.filters{padding:.6rem}.filters .row{gap:.4rem 1rem}.filters label{font-size:.95rem}h1{font-size:1.5rem}}
    @media (min-width:40rem){h1{font-size:2.1rem}.tagline{display:inline}}
    @media print{
    body{font-size:11pt;color:#000}
    .site-header,.site-nav,.quick-exit,.skip-link,.site-footer,form,.filters,.pagination,.actions,.no-print,#search-form,#hna-form{display:none!important}
    .wrap{max-width:none;padding:0}
    a{color:#000;text-decoration:none}
    .service-card,.shortlist-item,.need-group li,article,section.crisis{break-inside:avoid;page-break-inside:avoid}
    .website a::after{content:" (" attr(href) ")";font-size:9pt}
    }
    """
}
