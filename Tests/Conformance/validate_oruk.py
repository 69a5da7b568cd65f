"""Validates a live Signpost server's /oruk endpoints against the ORUK (HSDS 3.0 UK) schemas.

Level 1 checks of the ORUK validator: the endpoints answer, the first, middle and last pages of
each listing are consistent, and ten random ids from each listing resolve and validate. Formats
are checked too (uuid, email, date-time; uri only when the rfc3987 package is installed), as the
validator checks ids are UUIDs.
Usage: python3 validate_oruk.py http://127.0.0.1:PORT     (exit status 0 when everything validates)
"""
import json, os, random, sys, urllib.error, urllib.request
import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HERE = os.path.dirname(os.path.abspath(__file__))
base = sys.argv[1].rstrip("/")
problems = []


def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return json.load(response)


def schema(name):
    with open(os.path.join(HERE, "schemas", name)) as f:
        return json.load(f)


# taxonomy.json refers to taxonomy_term.json by its file name.
registry = Registry().with_resources(
    (name, Resource.from_contents(schema(name), default_specification=DRAFT202012)) for name in ("taxonomy_term.json", "taxonomy.json"))


def check(instance, against, where):
    validator = jsonschema.Draft202012Validator(schema(against), registry=registry,
                                                format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    for error in validator.iter_errors(instance):
        problems.append(f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")


def check_listing(path, item_schema, full_schema, per_page=25):
    """First, middle and last pages consistent and valid; ten random listed ids resolve and validate."""
    first = get(f"{path}?page=1&per_page={per_page}")
    pages = first.get("total_pages", 0)
    ids = []
    for number in sorted({1, (pages + 1) // 2, pages}):
        page = get(f"{path}?page={number}&per_page={per_page}")
        for key in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"):
            if key not in page:
                problems.append(f"{path} page {number}: no {key}")
        if page.get("page_number") != number or page.get("total_items") != first.get("total_items"):
            problems.append(f"{path} page {number}: inconsistent page_number or total_items")
        if page.get("first_page") != (number == 1) or page.get("last_page") != (number == pages):
            problems.append(f"{path} page {number}: first_page/last_page wrong")
        if page.get("size") != len(page.get("contents", [])):
            problems.append(f"{path} page {number}: size is not the number of items")
        for item in page.get("contents", []):
            check(item, item_schema, f"{path} page {number} item {item.get('id')}")
            ids.append(item["id"])
    for item_id in random.Random(7).sample(ids, min(10, len(ids))):
        one = get(f"{path}/" + urllib.request.quote(item_id, safe=""))
        check(one, full_schema, f"{path}/{item_id}")
        if one.get("id") != item_id:
            problems.append(f"{path}/{item_id}: returned id {one.get('id')}")
    return len(ids), pages


def check_not_found(path):
    try:
        get(path)
        problems.append(f"{path}: answered for an id that does not exist")
    except urllib.error.HTTPError as error:
        body = json.load(error)
        if error.code != 404 or "error" not in body:
            problems.append(f"{path}: {error.code} without a JSON error")


root = get("/oruk")
if root.get("version") != "3.0":
    problems.append("/oruk: version is not 3.0")
summary = []
for path, item_schema, full_schema in [
    ("/oruk/services", "service_list.json", "service.json"),
    ("/oruk/organizations", "organization_list.json", "organization.json"),
    ("/oruk/service_at_locations", "service_at_location_list.json", "service_at_location.json"),
    ("/oruk/taxonomies", "taxonomy.json", "taxonomy.json"),
    ("/oruk/taxonomy_terms", "taxonomy_term.json", "taxonomy_term.json"),
]:
    count, pages = check_listing(path, item_schema, full_schema)
    summary.append(f"{path}: {count} listed over {pages} pages")
    check_not_found(path + "/00000000-0000-4000-8000-000000000000")
# Full services in lists must validate as services too.
for item in get("/oruk/services?per_page=25&full_service=true")["contents"]:
    check(item, "service.json", f"/oruk/services?full_service=true item {item.get('id')}")

for problem in problems[:50]:
    print(problem)
print("; ".join(summary))
print(f"{len(problems)} problems")
sys.exit(1 if problems else 0)
