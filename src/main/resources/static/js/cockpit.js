// Charts of the cockpit pages (ECharts). The pages carry their data in data-* attributes or name the JSON API to
// load: the CSP allows scripts from this origin only, so there is no inline script.
(function () {
    'use strict';

    // under test automation charts are drawn without animation, so a screenshot shows the final picture
    const animate = navigator.webdriver !== true;
    const COLOURS = { actual: '#1558b0', trajectory: '#8a96a3', target: '#b31b1b', bar: '#1558b0', home: '#b31b1b' };

    function quarterLabel(date) {
        const [y, m, d] = date.split('-').map(Number);
        const quarterEnd = (m === 3 && d === 31) || (m === 6 && d === 30) || (m === 9 && d === 30) || (m === 12 && d === 31);
        return quarterEnd ? y + 'Q' + Math.ceil(m / 3) : date;
    }

    function markDrawn(chart, el) {
        chart.on('finished', () => el.setAttribute('data-drawn', 'true'));
        window.addEventListener('resize', () => chart.resize());
    }

    function lineChart(el, labels) {
        const data = JSON.parse(el.getAttribute('data-chart'));
        const dates = data.points.map((p) => quarterLabel(p.date));
        const series = [{
            name: labels.actual, type: 'line', data: data.points.map((p) => p.actual), connectNulls: true,
            symbolSize: 5, itemStyle: { color: COLOURS.actual }, lineStyle: { width: 2 }
        }];
        if (data.points.some((p) => p.trajectory !== null)) {
            series.push({
                name: labels.trajectory, type: 'line', data: data.points.map((p) => p.trajectory), showSymbol: false,
                itemStyle: { color: COLOURS.trajectory }, lineStyle: { type: 'dashed', width: 1.5 }
            });
        }
        if (data.targetLevel !== null) {
            series.push({
                name: labels.target, type: 'line', data: data.points.map(() => data.targetLevel), showSymbol: false,
                itemStyle: { color: COLOURS.target }, lineStyle: { type: 'dotted', width: 1.5 }
            });
        }
        const chart = echarts.init(el, null, { renderer: 'canvas' });
        markDrawn(chart, el);
        chart.setOption({
            animation: animate,
            grid: { left: 48, right: 12, top: 28, bottom: 24 },
            // right-aligned so that it never covers the axis unit at the top left
            legend: { top: 0, right: 0, itemWidth: 14, itemHeight: 8, itemGap: 6, textStyle: { fontSize: 11 } },
            tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : v + data.unit) },
            xAxis: { type: 'category', data: dates, axisLabel: { fontSize: 10 } },
            yAxis: { type: 'value', name: data.unit, nameTextStyle: { fontSize: 10, align: 'left' }, axisLabel: { fontSize: 10 }, scale: true },
            series: series
        });
    }

    function barChart(el, row, home) {
        const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'canvas' });
        el.removeAttribute('data-drawn');
        if (!el.hasAttribute('data-bound')) {
            el.setAttribute('data-bound', 'true');
            markDrawn(chart, el);
        }
        // with no value anywhere the bars would be an empty frame: keep it low, the notes below say why
        const empty = row.values.every((e) => e.availability !== 'AVAILABLE');
        if (el.classList.contains('no-values') !== empty) {
            el.classList.toggle('no-values', empty);
            chart.resize();
        }
        const homeCode = home ? home.replace(/(00)+$/, '') : null;
        chart.setOption({
            animation: animate,
            grid: { left: 56, right: 12, top: 28, bottom: 28 },
            tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : v + row.chartUnit) },
            xAxis: { type: 'category', data: row.values.map((e) => e.name), axisLabel: { interval: 0, fontSize: 11 } },
            yAxis: { type: 'value', name: row.chartUnit, nameTextStyle: { fontSize: 10, align: 'left' }, axisLabel: { fontSize: 10 } },
            series: [{
                type: 'bar', barMaxWidth: 36,
                data: row.values.map((e) => ({
                    value: e.chartValue,
                    itemStyle: { color: homeCode && e.jurisdiction === homeCode ? COLOURS.home : COLOURS.bar }
                })),
                label: { show: true, position: 'top', fontSize: 10, formatter: (p) => row.values[p.dataIndex].text }
            }]
        }, true);
    }

    function notes(list, row, labels) {
        list.replaceChildren();
        row.values.filter((e) => e.availability !== 'AVAILABLE').forEach((e) => {
            const li = document.createElement('li');
            li.className = 'availability-' + e.availability;
            li.textContent = e.name + '：' + (e.availability === 'NOT_COMPUTED' ? labels.notComputed : labels.missing);
            list.appendChild(li);
        });
    }

    function programCockpit(root) {
        const labels = {
            actual: root.dataset.labelActual, trajectory: root.dataset.labelTrajectory, target: root.dataset.labelTarget
        };
        root.querySelectorAll('.kpi-chart[data-chart]').forEach((el) => lineChart(el, labels));

        const compare = document.getElementById('compare');
        const select = document.getElementById('compare-measure');
        const chartEl = document.getElementById('compare-chart');
        const list = document.getElementById('compare-notes');
        const compareLabels = { notComputed: compare.dataset.labelNotComputed, missing: compare.dataset.labelMissing };
        const load = () => {
            const url = compare.dataset.url + '?measure=' + encodeURIComponent(select.value) + '&jurisdictions='
                + encodeURIComponent(compare.dataset.jurisdictions) + '&asOf=' + encodeURIComponent(compare.dataset.asOf);
            fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
                .then((r) => (r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status))))
                .then((comparison) => {
                    const row = comparison.measures[0];
                    barChart(chartEl, row, compare.dataset.home);
                    notes(list, row, compareLabels);
                })
                .catch((e) => { list.replaceChildren(Object.assign(document.createElement('li'), { textContent: e.message })); });
        };
        select.addEventListener('change', load);
        load();
    }

    function provinceView(root) {
        const labels = { notComputed: root.dataset.labelNotComputed, missing: root.dataset.labelMissing };
        root.querySelectorAll('.province-chart[data-row]').forEach((el) => {
            const row = JSON.parse(el.getAttribute('data-row'));
            barChart(el, row, null);
            const list = document.createElement('ul');
            list.className = 'compare-notes';
            el.after(list);
            notes(list, row, labels);
        });
    }

    document.addEventListener('DOMContentLoaded', () => {
        const cockpit = document.getElementById('cockpit');
        if (cockpit) {
            programCockpit(cockpit);
        }
        const province = document.getElementById('province');
        if (province) {
            provinceView(province);
        }
    });
})();
