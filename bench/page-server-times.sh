#!/bin/bash
# Page server times (docs/benchmarks.md): starts the Release build of the site on a fresh App_Data with the demo recipe,
# logs in, opens the edit form, the list, the dashboard and the panel a few times each, and prints each answer's
# Server-Timing header. Build first: dotnet build src/OrchardCustomers.Web -c Release
set -u
WT=$(cd "$(dirname "$0")/.." && pwd)
APP=$(mktemp -d /tmp/oc-pagetimes-XXXXXX)
PORT=${PORT:-5391}
cd $WT/src/OrchardCustomers.Web/bin/Release/net10.0
export ASPNETCORE_URLS=http://127.0.0.1:$PORT ASPNETCORE_ENVIRONMENT=${ENVNAME:-Production} DOTNET_NOLOGO=1
export OrchardCustomers__AppData=$APP OrchardCustomers__ServerTiming__Mode=All
K=OrchardCustomers_AutoSetup__Tenants__0__
export ${K}ShellName=Default ${K}SiteName=Demo ${K}AdminUsername=admin ${K}AdminEmail=admin@example.com ${K}AdminPassword='Passw0rd!' ${K}DatabaseProvider=Sqlite ${K}RecipeName=demo ${K}DefaultCulture=de-DE
dotnet OrchardCustomers.Web.dll > $APP/site.log 2>&1 &
PID=$!
for i in $(seq 1 240); do curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$PORT/Login 2>/dev/null | grep -q 200 && break; sleep 1; done
B=http://127.0.0.1:$PORT
J=$APP/jar
t() { grep -i '^server-timing' | tr -d '\r'; }
echo "GET /Login (1st)";  curl -s -D - -o $APP/login.html -c $J -b $J $B/Login | t
TOKEN=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' $APP/login.html | head -1 | sed 's/.*value="//;s/"$//')
[ -z "$TOKEN" ] && TOKEN=$(grep -o '__RequestVerificationToken[^>]*value="[^"]*"' $APP/login.html | head -1 | sed 's/.*value="//;s/"$//')
echo "POST /Login (1st)"; curl -s -D - -o /dev/null -c $J -b $J --data-urlencode "UserName=admin" --data-urlencode "Password=Passw0rd!" --data-urlencode "__RequestVerificationToken=$TOKEN" $B/Login | t
ID=$(curl -s -b $J "$B/api/customers?pageSize=1" -H 'X-Requested-With: x' | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
[ -z "$ID" ] && ID=1
for n in 1 2 3; do echo "GET /Admin/Customers/$ID/Edit ($n)"; curl -s -D - -o /dev/null -b $J $B/Admin/Customers/$ID/Edit | grep -i -E '^HTTP|^server-timing' | tr -d '\r'; done
for n in 1 2 3; do echo "GET /Admin/Customers ($n)"; curl -s -D - -o /dev/null -b $J $B/Admin/Customers | t; done
for n in 1 2 3; do echo "GET /Admin dashboard ($n)"; curl -s -D - -o /dev/null -b $J $B/Admin | t; done
for n in 1 2 3; do echo "GET /Admin/Customers/$ID/Panel ($n)"; curl -s -D - -o /dev/null -b $J $B/Admin/Customers/$ID/Panel | t; done
for n in 4 5; do echo "GET /Admin/Customers/$ID/Edit ($n)"; curl -s -D - -o /dev/null -b $J $B/Admin/Customers/$ID/Edit | t; done
echo "POST /Logout, then login again (2nd, warm)"
curl -s -o $APP/p.html -b $J $B/Admin/Customers; T2=$(grep -o '__RequestVerificationToken[^>]*value="[^"]*"' $APP/p.html | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c $J -b $J --data-urlencode "__RequestVerificationToken=$T2" $B/Logout
curl -s -o $APP/login.html -c $J -b $J $B/Login; TOKEN=$(grep -o '__RequestVerificationToken[^>]*value="[^"]*"' $APP/login.html | head -1 | sed 's/.*value="//;s/"$//')
curl -s -D - -o /dev/null -c $J -b $J --data-urlencode "UserName=admin" --data-urlencode "Password=Passw0rd!" --data-urlencode "__RequestVerificationToken=$TOKEN" $B/Login | t
kill $PID; wait $PID 2>/dev/null
grep -i -E "fail|error" $APP/site.log | head -5
