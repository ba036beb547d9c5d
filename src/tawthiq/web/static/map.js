// The incident map: tiles when a tile URL is configured, else a plain background with the points on it.
(function () {
  var element = document.getElementById("map");
  if (!element || typeof L === "undefined") return;
  var points = JSON.parse(document.getElementById("points").textContent || "[]");
  var map = L.map(element, { zoomSnap: 0.5 });
  var bounds = points.map(function (p) { return [p.lat, p.lon]; });
  // Set the view once, before anything is drawn: no zoom animation to catch half-way.
  if (bounds.length) {
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 10, animate: false });
  } else {
    map.setView([35.5, 38.5], 6.5);
  }
  var tiles = element.getAttribute("data-tiles");
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: "" }).addTo(map);
  }
  points.forEach(function (p) {
    var marker = L.circleMarker([p.lat, p.lon], { radius: 6, color: "#c0392b", weight: 1, fillOpacity: 0.7 });
    var label = document.createElement("span");
    label.textContent = p.label;  // a place as a report wrote it is untrusted: text, never HTML
    marker.bindTooltip(label);
    marker.on("click", function () { window.location = "/incidents/" + p.id; });
    marker.addTo(map);
  });
  element.setAttribute("data-points", String(points.length));
})();
