"""Validates a live Signpost server's /oruk endpoints against the ORUK (HSDS 3.0 UK) schemas.

Level 1 checks of the ORUK validator: the endpoints answer, the first, middle and last pages of
/oruk/services are consistent, and ten random ids from the listing resolve and validate.
Usage: python3 validate_oruk.py http://127.0.0.1:PORT     (exit status 0 when everything validates)
"""
import json, os, random, sys, urllib.request
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
base = sys.argv[1].rstrip("/")


def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return json.load(response)


def schema(name):
    with open(os.path.join(HERE, "schemas", name)) as f:
        return json.load(f)


service_schema, list_schema = schema("service.json"), schema("service_list.json")
problems = []


def check(instance, against, where):
    for error in jsonschema.Draft202012Validator(against).iter_errors(instance):
        problems.append(f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")


root = get("/oruk")
if root.get("version") != "3.0":
    problems.append("/oruk: version is not 3.0")
def check_page(page, where):
    for key in ("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"):
        if key not in page:
            problems.append(f"{where}: no {key}")
    for item in page.get("contents", []):
        check(item, list_schema, f"{where} item {item.get('id')}")


first = get("/oruk/services?page=1&per_page=25")
check_page(first, "/oruk/services page 1")
pages = first["total_pages"]
ids = [item["id"] for item in first["contents"]]
for number in sorted({1, (pages + 1) // 2, pages}):
    page = get(f"/oruk/services?page={number}&per_page=25")
    check_page(page, f"/oruk/services page {number}")
    if page["page_number"] != number or page["total_items"] != first["total_items"]:
        problems.append(f"page {number}: inconsistent page_number or total_items")
    if page["first_page"] != (number == 1) or page["last_page"] != (number == pages):
        problems.append(f"page {number}: first_page/last_page wrong")
    ids += [item["id"] for item in page["contents"]]
for service_id in random.Random(7).sample(ids, min(10, len(ids))):
    service = get("/oruk/services/" + urllib.request.quote(service_id, safe=""))
    check(service, service_schema, f"/oruk/services/{service_id}")
    if service["id"] != service_id:
        problems.append(f"/oruk/services/{service_id}: returned id {service['id']}")

for problem in problems[:50]:
    print(problem)
print(f"checked {len(ids)} listed services over {pages} pages: {len(problems)} problems")
sys.exit(1 if problems else 0)
