"""A consumer's smoke check: the installed distributions work with no checkout and no developer tools."""

import importlib.util

import ordermock
from lagerkoll_client.api.purchase_orders import list_purchase_orders as list_lagerkoll_orders
from ordersdk import lagerkoll, paginate, seventime
from seventime_client.api.purchase_orders import list_purchase_orders

# SDK users never install the generator, the spec validator, rich or our tools.
for name in ("ordertools", "openapi_python_client", "openapi_spec_validator", "rich", "schemathesis"):
    assert importlib.util.find_spec(name) is None, f"{name} is installed"

# In-process: the mock serves the spec its installed client ships.
app = ordermock.create_app("seventime", seed_data=3)
client = seventime.connect(
    client_secret="demo-client-secret",
    base_url="http://mock" + app.base_path,
    transport=ordermock.transport(app),
    async_transport=ordermock.async_transport(app),
)
assert len(list(paginate(list_purchase_orders, client=client))) == 3

# Over real HTTP on 127.0.0.1.
with ordermock.serve("lagerkoll", seed_data=2, rate_limit=False) as url:
    client = lagerkoll.connect(store="demo-store", api_key="demo-api-key", base_url=url)
    assert len(list(paginate(list_lagerkoll_orders, client=client))) == 2

print("consumer smoke ok:", ",".join(ordermock.APIS))
