import { ok } from "../api/client";
import { useApp } from "../app-context";
import { useLoad } from "../ui/hooks";
import { Loaded } from "../ui/parts";

interface Bar {
  label: string;
  value: number;
  text: string;
}

const BAR_HEIGHT = 28;
const LABEL_WIDTH = 180;
const CHART_WIDTH = 560;

/** Horizontal bars in plain SVG, each labelled with its value: no chart library for four bars. */
const BarChart = ({ title, bars }: { title: string; bars: Bar[] }) => {
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const plot = CHART_WIDTH - LABEL_WIDTH - 90;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}: ${bars.map((bar) => `${bar.label} ${bar.text}`).join(", ")}`}
        viewBox={`0 0 ${CHART_WIDTH} ${bars.length * BAR_HEIGHT + 8}`}
        width={CHART_WIDTH}
      >
        {bars.map((bar, index) => {
          const top = index * BAR_HEIGHT + 4;
          const width = (bar.value / largest) * plot;
          return (
            <g key={bar.label}>
              <text x={0} y={top + 18} class="chart-label">
                {bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={top}
                width={Math.max(1, width)}
                height={BAR_HEIGHT - 8}
                class="chart-bar"
              />
              <text x={LABEL_WIDTH + width + 6} y={top + 18} class="chart-value">
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
};

/** The last three months: the funnel from overdue to reconnected, and the revenue won back per category. */
export const OverviewCharts = () => {
  const { api, t, fmt } = useApp();
  const overview = useLoad(() => ok(api.GET("/reconnect/overview")), [api]);
  return (
    <section aria-labelledby="overview-title" class="panel">
      <h2 id="overview-title">{t("reconnect.overview")}</h2>
      <Loaded state={overview}>
        {(loaded) => (
          <>
            <p>
              {loaded.months.map((month) => fmt.month(`${month}-15T12:00:00Z`)).join(" · ")} ·{" "}
              {t("reconnect.rates", {
                contact: fmt.percent(loaded.total.contactRate),
                reconnect: fmt.percent(loaded.total.reconnectRate),
              })}
            </p>
            <div class="charts">
              <BarChart
                title={t("reconnect.funnel")}
                bars={(["overdue", "contacted", "followedUp", "reconnected"] as const).map((step) => ({
                  label: t(`funnel.${step}`),
                  value: loaded.total[step],
                  text: fmt.number(loaded.total[step]),
                }))}
              />
              <BarChart
                title={t("reconnect.revenueWonBack")}
                bars={[
                  ...loaded.categories.map((category) => ({
                    label: category.name,
                    value: category.revenue,
                    text: fmt.money(category.revenue),
                  })),
                  {
                    label: t("reconnect.total"),
                    value: loaded.total.revenue,
                    text: fmt.money(loaded.total.revenue),
                  },
                ]}
              />
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
};
